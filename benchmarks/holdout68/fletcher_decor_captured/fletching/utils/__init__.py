from .decorators import inference
from .reporting import report
