# expect: clean
"""One epoch, as a quick check: the validation hook's eval comes after the only round of fit(), so no forward
of the loop runs in eval mode (with two epochs the second would: one_round_fit_two_rounds)."""
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
    Probing(TideGRU()).fit(batches, epochs=1)
