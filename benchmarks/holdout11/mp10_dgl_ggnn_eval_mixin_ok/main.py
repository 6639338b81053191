# expect: clean
# DGL GGNN example shape: the GRU lives at model.ggnn.gru; an EvaluationMixin (utils/mixins.py) gives the model
# evaluate(), called per epoch by trainer.py -- it restores the mode it found in a finally clause, so every
# training forward runs in train mode even though trainer.run() never calls model.train().
import torch

from models import GGNNClassifier
from trainer import run
from utils import batch_graphs

torch.manual_seed(0)
model = GGNNClassifier()
run(model, batch_graphs(3), batch_graphs(1), torch.optim.Adam(model.parameters(), lr=1e-2))
print("done")
