from clogshop.model import SoleWearNet
from clogshop.valuation import influence_scores
from clogshop.training import train_epochs
