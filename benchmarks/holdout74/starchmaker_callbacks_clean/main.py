# expect: clean
import torch
from starch.engine import Engine
from starch.callbacks import LossLogger, ViscosityProbe
from starch.model import ViscosityRNN

torch.manual_seed(3)
batches = [(torch.randn(4, 10, 2), torch.randn(4, 1)) for _ in range(5)]
probe = [(torch.randn(4, 10, 2), torch.randn(4, 1))]
engine = Engine(ViscosityRNN(), callbacks=[LossLogger(), ViscosityProbe(probe)], epochs=2)
engine.fit(batches)
print("final", engine.state["loss"])
