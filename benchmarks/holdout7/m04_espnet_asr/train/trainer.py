import torch


class Trainer:
    """espnet2.train.Trainer shape: classmethods that run one epoch each."""

    @classmethod
    def run(cls, model, optimizers, train_iter_factory, valid_iter_factory, max_epoch):
        for iepoch in range(1, max_epoch + 1):
            cls.train_one_epoch(model, optimizers, train_iter_factory(iepoch))
            stats = cls.validate_one_epoch(model, valid_iter_factory(iepoch))
            print(f"{iepoch}epoch results: valid loss={stats:.3f}")

    @classmethod
    def train_one_epoch(cls, model, optimizers, iterator):
        model.train()
        for batch in iterator:
            loss, stats, weight = model(**batch)
            for opt in optimizers:
                opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            for opt in optimizers:
                opt.step()

    @classmethod
    @torch.no_grad()
    def validate_one_epoch(cls, model, iterator):
        model.eval()
        total, n = 0.0, 0
        for batch in iterator:
            loss, stats, weight = model(**batch)
            total += stats["loss"].item()
            n += 1
        return total / max(n, 1)
