# expect: crash
"""Fine-tune the seam-stress model on this season's sails, keeping the pretrained encoder frozen."""
import torch

from loft import SeamStressModel, fit_head


def sails(n, batch=3, steps=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randint(0, 10, (batch, steps), generator=g),
             torch.rand(batch, steps, generator=g),
             torch.rand(batch, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(1)
    model = SeamStressModel().freeze()
    # the panel vocabulary changed this season, so the embedding is re-learned
    trainable = [n for n, p in model.named_parameters() if p.requires_grad]
    print("trainable:", trainable)
    fit_head(model, sails(4))
