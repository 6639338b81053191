from .collector import Collector
from .policy import RecurrentPGPolicy
from .trainer import onpolicy_trainer
