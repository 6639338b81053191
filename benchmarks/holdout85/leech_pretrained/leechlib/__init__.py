from .models import LeechCounter
from .finetune import FineTuner
