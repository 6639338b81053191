import torch
import torch.nn.functional as F


class TrainPipeline:
    def __init__(self, engine, eval_every=2):
        self.engine = engine
        self.eval_every = eval_every
        self.global_step = 0

    def train_batch(self, batch):
        self.engine.train()
        src, tgt = batch
        logits = self.engine(src)
        loss = F.cross_entropy(logits.flatten(0, 1), tgt.flatten())
        self.engine.backward(loss)
        self.engine.step()
        self.global_step += 1
        return loss.item()

    def eval_batch(self, batch):
        self.engine.eval()
        src, tgt = batch
        with torch.no_grad():
            return F.cross_entropy(self.engine(src).flatten(0, 1), tgt.flatten()).item()

    def run(self, train_batches, val_batch):
        for b in train_batches:
            self.train_batch(b)
            if self.global_step % self.eval_every == 0:
                print("step", self.global_step, "val", round(self.eval_batch(val_batch), 3))
