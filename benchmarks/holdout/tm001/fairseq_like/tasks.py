import torch
import torch.nn.functional as F

from registry import register_task


@register_task("language_modeling")
class LanguageModelingTask:
    def __init__(self, args):
        self.args = args
        self.vocab_size = args.vocab_size

    @classmethod
    def setup_task(cls, args):
        return cls(args)

    def load_dataset(self, split, n=24, seed=0):
        g = torch.Generator().manual_seed(seed + (split == "valid"))
        tokens = torch.randint(0, self.vocab_size, (n, 9), generator=g)
        return [{"net_input": tokens[i:i + 6, :-1], "target": tokens[i:i + 6, 1:]} for i in range(0, n, 6)]

    def compute_loss(self, model, sample):
        logits = model(sample["net_input"])
        return F.cross_entropy(logits.reshape(-1, logits.size(-1)), sample["target"].reshape(-1))

    def train_step(self, sample, model, optimizer, update_num):
        model.train()
        loss = self.compute_loss(model, sample)
        optimizer.backward(loss)
        return loss.item()

    def valid_step(self, sample, model):
        model.eval()
        with torch.no_grad():
            return self.compute_loss(model, sample).item()


@register_task("denoising")
class DenoisingTask(LanguageModelingTask):
    """Masks random tokens in the input; the target is the clean sequence."""

    def train_step(self, sample, model, optimizer, update_num):
        noisy = sample["net_input"].masked_fill(torch.rand(sample["net_input"].shape) < 0.15, 0)
        loss = self.compute_loss(model, {"net_input": noisy, "target": sample["target"]})
        optimizer.backward(loss)
        return loss.item()
