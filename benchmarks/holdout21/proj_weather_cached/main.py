# expect: crash
"""Temperature nowcasting with cached_property components; a dashboard preview runs before training."""
import torch

from components import Experiment
from tasks import dashboard, train_some

torch.manual_seed(26)
exp = Experiment()
exp.model.train()
print("preview before training:", round(dashboard(exp), 3))
print("loss", round(train_some(exp), 4))
