from .adapt import online_adapt
