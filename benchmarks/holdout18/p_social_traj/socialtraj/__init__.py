from .models import SocialLSTM
from .utils import evaluation_mode, ade
