package vn.sogoc.archive.samples;

import java.util.List;

/**
 * Everything printed on one result, before layout: header, number, place and date, title, body,
 * signer, recipients, and an optional annex page.
 *
 * @param placeDate   e.g. "Hà Nội, ngày 26 tháng 9 năm 2021"
 * @param titleLines  the centred bold title, already split where the form breaks it
 * @param signerLines the signer's title lines ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
 * @param recipients  the "Nơi nhận:" block at the bottom left; empty when not printed
 * @param annex       paragraphs of a second page; empty for a one-page result
 */
public record DocumentContent(ResultFacts facts, String numberLine, String placeDate, List<String> titleLines,
                              List<Paragraph> body, List<String> signerLines, String signerName,
                              List<String> recipients, List<Paragraph> annex) {

    public int pageCount() { return annex.isEmpty() ? 1 : 2; }
}
