"""Web pages for mail: the inbox review, messages, and mail accounts."""
