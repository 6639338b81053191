# expect: clean
"""kaituoxu Conv-TasNet / DPRNN-TasNet layout: src/solver.py Solver._run_one_epoch(epoch, cross_valid); the model
is wrapped like DataParallel (model.module), best weights are deepcopied and reloaded when the LR is halved."""
import torch

from src.dprnn import DPRNNTasNet
from src.solver import Solver
from src.data import AudioDataLoader

torch.manual_seed(0)
model = DPRNNTasNet(N=8, B=8, H=8, chunk=4, n_blocks=2, C=2)
data = {"tr_loader": AudioDataLoader(3), "cv_loader": AudioDataLoader(2, seed=1)}
optimizier = torch.optim.Adam(model.parameters(), lr=1e-3)
solver = Solver(data, model, optimizier, {"epochs": 3, "half_lr": True, "early_stop": False})
solver.train()
