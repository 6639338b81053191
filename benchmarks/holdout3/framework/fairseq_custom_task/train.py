# expect: crash
# category: framework
"""fairseq-style train.py: task and architecture picked by name, validation every N updates and before training."""
import torch
from torch import nn

import tasks

torch.manual_seed(7)
ARCH_REGISTRY = {}


def register_model_architecture(name):
    def wrapper(fn):
        ARCH_REGISTRY[name] = fn
        return fn
    return wrapper


class RNNDecoderLM(nn.Module):
    def __init__(self, vocab, dim, layers):
        super().__init__()
        self.embed_tokens = nn.Embedding(vocab, dim, padding_idx=0)
        self.layers = nn.LSTM(dim, dim, num_layers=layers, batch_first=True)
        self.output_projection = nn.Linear(dim, vocab)

    def forward(self, src_tokens):
        x, _ = self.layers(self.embed_tokens(src_tokens))
        return self.output_projection(x)


@register_model_architecture("lstm_lm_tiny")
def lstm_lm_tiny(cfg):
    return RNNDecoderLM(cfg["vocab"], cfg.get("decoder_embed_dim", 12), cfg.get("decoder_layers", 2))


def cross_entropy_criterion(model, sample):
    logits = model(sample["net_input"])
    loss = nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), sample["target"].reshape(-1),
                                       ignore_index=0)
    return loss, sample["target"].numel(), {"loss": loss.item()}


def epoch_iter(n, vocab):
    for _ in range(n):
        toks = torch.randint(1, vocab, (4, 9))
        yield {"net_input": toks[:, :-1], "target": toks[:, 1:]}


def main(cfg):
    task = tasks.setup_task(cfg)
    model = task.build_model(ARCH_REGISTRY)
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    valid_set = list(epoch_iter(2, cfg["vocab"]))

    def validate(tag):
        losses = [task.valid_step(s, model, cross_entropy_criterion)[0].item() for s in valid_set]
        print(f"| {tag} valid loss {sum(losses) / len(losses):.3f}")

    if cfg["validate_before_training"]:
        validate("initial")
    num_updates = 0
    for epoch in range(1, cfg["max_epoch"] + 1):
        for sample in epoch_iter(4, cfg["vocab"]):
            loss, _, log = task.train_step(sample, model, cross_entropy_criterion, optimizer, num_updates)
            optimizer.step()
            num_updates += 1
            if num_updates % cfg["validate_interval_updates"] == 0:
                validate(f"update {num_updates}")
        print(f"| epoch {epoch} done, last loss {log['loss']:.3f}")


if __name__ == "__main__":
    main({"task": "denoising_lm", "arch": "lstm_lm_tiny", "vocab": 30, "lr": 1e-3, "max_epoch": 1,
          "validate_interval_updates": 2, "validate_before_training": True, "mask_prob": 0.2})
