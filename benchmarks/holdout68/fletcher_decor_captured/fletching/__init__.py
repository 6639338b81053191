from .models import ArrowFlightNet
from .utils import inference, report
