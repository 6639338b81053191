# expect: crash
"""Log anomaly detection pipeline driven by enum phases: pretrain, calibrate a threshold, fine-tune on a new service."""
import torch

from logad import LogLSTM, Phase, Pipeline

if __name__ == "__main__":
    torch.manual_seed(0)
    pipe = Pipeline(LogLSTM())
    x, y = torch.randint(0, 20, (6, 5)), torch.randint(0, 20, (6,))
    for phase in (Phase.PRETRAIN, Phase.CALIBRATE, Phase.FINETUNE):
        print(phase.value, pipe.run(phase, x, y))
