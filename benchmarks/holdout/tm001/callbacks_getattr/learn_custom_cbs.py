# expect: crash
# category: dispatch
"""Replace the default callbacks with our own minimal set."""
import torch
import torch.nn as nn

from callbacks import EarlyStopOnNaN, EvalModeForValidation, Recorder
from data import LSTMNet, loaders
from learner import Learner

torch.manual_seed(0)
train_dl, valid_dl = loaders()
cbs = [EvalModeForValidation(), Recorder(), EarlyStopOnNaN()]
learn = Learner(LSTMNet(), train_dl, valid_dl, nn.CrossEntropyLoss(), cbs=cbs, default_cbs=False)
learn.fit(2)  # TM001-here
