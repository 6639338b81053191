import torch

from ..core import step


@step("check")
class Check:
    def __call__(self, runner):
        runner.model.eval()
        with torch.no_grad():
            x, _ = runner.batch()
            runner.model(x)
