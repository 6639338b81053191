from .power import top_eigenvalue
