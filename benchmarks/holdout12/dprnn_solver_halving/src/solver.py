import copy
import time

import torch

from .pit_criterion import cal_loss


class _Parallel(torch.nn.Module):
    """Stand-in for torch.nn.DataParallel on a CPU-only box: same .module attribute."""

    def __init__(self, module):
        super().__init__()
        self.module = module

    def forward(self, *args):
        return self.module(*args)


class Solver:
    def __init__(self, data, model, optimizer, args):
        self.tr_loader, self.cv_loader = data["tr_loader"], data["cv_loader"]
        self.model = _Parallel(model)
        self.optimizer = optimizer
        self.epochs = args["epochs"]
        self.half_lr = args["half_lr"]
        self.early_stop = args["early_stop"]
        self.prev_val_loss = float("inf")
        self.best_val_loss = float("inf")
        self.best_state = None

    def train(self):
        for epoch in range(self.epochs):
            print("Training...")
            self.model.train()
            start = time.time()
            tr_avg_loss = self._run_one_epoch(epoch)
            print(f"Train Summary | End of Epoch {epoch + 1} | Time {time.time() - start:.2f}s | "
                  f"Train Loss {tr_avg_loss:.3f}")

            print("Cross validation...")
            self.model.eval()
            val_loss = self._run_one_epoch(epoch, cross_valid=True)

            if self.half_lr and val_loss >= self.prev_val_loss and self.best_state is not None:
                self.model.module.load_state_dict(self.best_state)
                for g in self.optimizer.param_groups:
                    g["lr"] = g["lr"] / 2.0
                print("Learning rate adjusted")
            self.prev_val_loss = val_loss
            if val_loss < self.best_val_loss:
                self.best_val_loss = val_loss
                self.best_state = copy.deepcopy(self.model.module.state_dict())

    def _run_one_epoch(self, epoch, cross_valid=False):
        total_loss = 0
        data_loader = self.tr_loader if not cross_valid else self.cv_loader
        for i, (padded_mixture, mixture_lengths, padded_source) in enumerate(data_loader):
            estimate_source = self.model(padded_mixture)
            loss = cal_loss(padded_source, estimate_source, mixture_lengths)
            if not cross_valid:
                self.optimizer.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(self.model.parameters(), 5)
                self.optimizer.step()
            total_loss += loss.item()
        return total_loss / (i + 1)
