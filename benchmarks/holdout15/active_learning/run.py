# expect: crash
"""Active learning with BALD-style uncertainty sampling. MC-dropout passes put the
model in eval mode and re-enable only the nn.Dropout modules; the LSTM's own
inter-layer dropout flag stays False. The retraining round after each query
reuses the model as it was left by the acquisition function.
"""
import torch

from al.loop import ActiveLearningLoop
from al.strategies import STRATEGIES
from al.model import TextLSTM

torch.manual_seed(0)
pool_x = torch.randint(0, 25, (40, 8))
pool_y = torch.randint(0, 3, (40,))
model = TextLSTM(vocab=25, n_classes=3)
loop = ActiveLearningLoop(model, pool_x, pool_y, strategy=STRATEGIES["bald"], initial=8, query_size=4)
loop.warm_start()
for rnd in range(2):
    loop.step(rnd)
print("labelled:", loop.n_labelled)
