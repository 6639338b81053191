# expect: crash
"""Per-patient saliency for an ICU deterioration model (LSTM over hourly vitals).
Saliency is computed functionally (torch.func.grad over a functional_call of the
trained model) so it composes with the batching utilities used elsewhere."""
import torch

from icu.model import VitalsLSTM
from icu.explain import saliency_maps


def main():
    torch.manual_seed(12)
    model = VitalsLSTM(n_vitals=5, hidden=8)
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    x, y = torch.randn(6, 8, 5), (torch.rand(6) < 0.3).float()
    for _ in range(3):
        loss = torch.nn.functional.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
    maps = saliency_maps(model, x[:2])
    print("most salient hour per patient:", maps.abs().sum(-1).argmax(-1).tolist())


if __name__ == "__main__":
    main()
