import torch


def fake_loader(num_batches, batch_size, seq_len, vocab=30, num_tags=5):
    for _ in range(num_batches):
        yield dict(inputs=torch.randint(0, vocab, (batch_size, seq_len)),
                   tags=torch.randint(0, num_tags, (batch_size, seq_len)))


class EpochBasedTrainLoop:
    def __init__(self, runner, dataloader, max_epochs):
        self.runner = runner
        self.dataloader_cfg = dataloader
        self.max_epochs = max_epochs
        self._iter = 0

    def run(self):
        self.runner.call_hook("before_train")
        for epoch in range(self.max_epochs):
            self.run_epoch(epoch)
        self.runner.call_hook("after_train")

    def run_epoch(self, epoch):
        self.runner.model.train()
        for idx, data_batch in enumerate(fake_loader(**self.dataloader_cfg)):
            self.run_iter(idx, data_batch)
        self.runner.call_hook("after_train_epoch")

    def run_iter(self, idx, data_batch):
        self.runner.call_hook("before_train_iter", batch_idx=idx)
        outputs = self.runner.model.train_step(data_batch, optim_wrapper=self.runner.optim_wrapper)
        self._iter += 1
        self.runner.call_hook("after_train_iter", batch_idx=idx, outputs=outputs)


class ValLoop:
    def __init__(self, runner, dataloader):
        self.runner = runner
        self.dataloader_cfg = dataloader

    def run(self):
        self.runner.call_hook("before_val")
        self.runner.model.eval()
        correct = total = 0
        for data_batch in fake_loader(**self.dataloader_cfg):
            with torch.no_grad():
                pred = self.runner.model.val_step(data_batch)
            correct += (pred == data_batch["tags"]).sum().item()
            total += pred.numel()
        metrics = dict(acc=correct / max(total, 1))
        self.runner.call_hook("after_val", metrics=metrics)
        return metrics
