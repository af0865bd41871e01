--liquibase formatted sql

--changeset inkwell:009
--comment: The post's Markdown body rendered to sanitized HTML, written by the server with the post.
alter table post add column body_html text;
--rollback alter table post drop column body_html;
