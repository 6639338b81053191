# expect: clean
import torch
from model import GaitNet
from engine import Engine
from callbacks import PrintLogger, MidEpochValidation, ResumeTraining


def windows(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 8, 3, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


torch.manual_seed(0)
engine = Engine(GaitNet(), callbacks=[PrintLogger(), MidEpochValidation(every=2), ResumeTraining()])
print(engine.fit(windows(4, 0), windows(2, 1), epochs=2))
