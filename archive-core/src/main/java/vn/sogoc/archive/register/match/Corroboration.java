package vn.sogoc.archive.register.match;

import vn.sogoc.archive.classify.ExtractedMetadata;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.text.VietnameseText;

/**
 * How far what was read from a scan (holder id, holder name, dates, type) agrees with a register
 * entry. Holder id and name are strong evidence; dates are weak (neighbouring numbers are often
 * issued the same day) but a differing date blocks confirmation.
 */
final class Corroboration {

    private final ExtractedMetadata read;
    private final String typeCode;
    private final String readId;
    private final String readName;

    Corroboration(ExtractedMetadata read, String typeCode) {
        this.read = read == null ? ExtractedMetadata.empty() : read;
        this.typeCode = typeCode;
        this.readId = idDigits(this.read.holderId());
        this.readName = compactName(this.read.holderName());
    }

    /** Holder id or holder name agree. */
    boolean strong(RegisterEntry e) {
        return idAgrees(e) || nameAgrees(e);
    }

    /** Issue date or expiry agree. */
    boolean weak(RegisterEntry e) {
        return (read.issuedOn() != null && read.issuedOn().equals(e.issuedOn()))
                || (read.validUntil() != null && read.validUntil().equals(e.validUntil()));
    }

    boolean datesDiffer(RegisterEntry e) {
        return (read.issuedOn() != null && e.issuedOn() != null && !read.issuedOn().equals(e.issuedOn()))
                || (read.validUntil() != null && e.validUntil() != null && !read.validUntil().equals(e.validUntil()));
    }

    /** Type, holder id or holder name clearly say this is another result. */
    boolean contradicts(RegisterEntry e) {
        if (typeCode != null && e.typeCode() != null && !typeCode.equals(e.typeCode())) return true;
        String id = idDigits(e.holderId());
        if (!readId.isEmpty() && !id.isEmpty() && EditDistance.bounded(readId, id, 1) > 1) return true;
        String name = compactName(e.holderName());
        return readName.length() >= 3 && name.length() >= 3 && nameSimilarity(readName, name) < 0.5
                && !name.contains(readName) && !readName.contains(name);
    }

    /** Agrees on something, differs on nothing. */
    boolean confirms(RegisterEntry e) {
        return !contradicts(e) && !datesDiffer(e) && (strong(e) || weak(e));
    }

    /** Keys under which entries agreeing with what was read are indexed (see {@link #lookupKeys(RegisterEntry)}). */
    java.util.List<String> lookupKeys() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (!readId.isEmpty()) out.add("id:" + readId);
        if (readName.length() >= 3) out.add("name:" + readName);
        if (read.issuedOn() != null) out.add("issued:" + read.issuedOn());
        if (read.validUntil() != null) out.add("until:" + read.validUntil());
        return out;
    }

    static java.util.List<String> lookupKeys(RegisterEntry e) {
        java.util.List<String> out = new java.util.ArrayList<>();
        String id = idDigits(e.holderId());
        if (!id.isEmpty()) out.add("id:" + id);
        String name = compactName(e.holderName());
        if (name.length() >= 3) out.add("name:" + name);
        if (e.issuedOn() != null) out.add("issued:" + e.issuedOn());
        if (e.validUntil() != null) out.add("until:" + e.validUntil());
        return out;
    }

    private boolean idAgrees(RegisterEntry e) {
        String id = idDigits(e.holderId());
        return !readId.isEmpty() && readId.equals(id);
    }

    private boolean nameAgrees(RegisterEntry e) {
        String name = compactName(e.holderName());
        if (readName.length() < 3 || name.length() < 3) return false;
        if (nameSimilarity(readName, name) >= 0.85) return true;
        String shorter = readName.length() < name.length() ? readName : name;
        String longer = shorter == readName ? name : readName;
        return shorter.length() >= 8 && longer.contains(shorter);
    }

    static double nameSimilarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        int limit = max / 2 + 1;
        return 1.0 - (double) Math.min(EditDistance.bounded(a, b, limit), max) / max;
    }

    static String idDigits(String id) {
        if (id == null) return "";
        String d = id.replaceAll("[^0-9]", "");
        return d.length() >= 9 ? d : "";
    }

    static String compactName(String name) {
        return VietnameseText.fold(name).replaceAll("[^a-z0-9]", "");
    }
}
