-- An uploaded PDF is found by its hash: byte for byte one of ours, or not.
create index issued_document_pdf_sha256 on issued_document (pdf_sha256);
