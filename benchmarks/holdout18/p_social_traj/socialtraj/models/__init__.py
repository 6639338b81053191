from .social import SocialLSTM
