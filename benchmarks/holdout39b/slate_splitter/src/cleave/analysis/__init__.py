from .sensitivity import cleavage_sensitivity
from .report import Report
