# expect: clean
import torch

from quills import StrokeNet, apply_masks, saliency_scores

if __name__ == "__main__":
    torch.manual_seed(10)
    model = StrokeNet()
    held_out = (torch.randn(6, 8, 2), torch.randint(0, 4, (6,)))
    scores = saliency_scores(model, held_out, scope="fc")
    print(apply_masks(model, scores, keep=0.3))
