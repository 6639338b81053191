# expect: crash
"""Two epochs: the validation hook leaves the model in eval mode at the end of the first round of fit(), and
the second round trains it in eval mode (one epoch is clean: one_round_fit_by_caller)."""
import torch

from fitting import TideGRU, Trainer


class Probing(Trainer):
    def after_epoch(self, epoch):
        self.model.eval()
        with torch.no_grad():
            print(epoch, self.model(torch.randn(2, 5, 3)).tolist())


if __name__ == "__main__":
    torch.manual_seed(0)
    batches = [(torch.randn(4, 5, 3), torch.randn(4)) for _ in range(2)]
    Probing(TideGRU()).fit(batches, epochs=2)
