// Browsers come from the OS (Debian's chromium and firefox-esr); never download one.
module.exports = { skipDownload: true };
