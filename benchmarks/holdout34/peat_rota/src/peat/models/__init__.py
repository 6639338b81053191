from .rota import RotaModel

__all__ = ["RotaModel"]
