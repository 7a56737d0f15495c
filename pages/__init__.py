"""Page objects: one class per screen of the guides, built from roles and accessible names."""
