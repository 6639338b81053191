from .freeze import FreezeParameters
from .returns import lambda_return

__all__ = ["FreezeParameters", "lambda_return"]
