"""withy: growth models for osier/withy beds."""
