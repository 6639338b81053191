from .engine import PrivacyEngine
