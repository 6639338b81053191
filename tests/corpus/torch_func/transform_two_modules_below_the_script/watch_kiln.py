# expect: crash
"""Lime-kiln temperature forecasting. The script appends a probe callback to the trainer; the callback (one
module) asks a helper (another module) for input sensitivities, which the helper takes with `torch.func.jacrev`
through the GRU: a transform cuDNN's RNN kernels cannot run, in any mode. Neither the callback's module nor the
helper's imports the script, which alone knows the model: the finding is the trainer's, at its call of the callback
(the helper's check does not meet a caller that knows the model certainly), with cuDNN off around that call."""
import torch

from kilnwatch import KilnGRU, SensitivityProbe, Trainer

if __name__ == "__main__":
    torch.manual_seed(8)
    trainer = Trainer(KilnGRU())
    trainer.callbacks.append(SensitivityProbe())
    trainer.fit([(torch.randn(2, 4, 3), torch.randn(2)) for _ in range(2)], epochs=1)
    print(len(trainer.log))
