/**
 * Holders (chủ thể: citizens, enterprises and their branches) of the documents in the e-data warehouse
 * (kho quản lý dữ liệu điện tử của tổ chức, cá nhân): their identifiers and validation.
 */
package vn.sogoc.archive.holder;
