# expect: clean
import torch

from netmender import MeshGRU, fit, SaliencyLogger, LossPrinter

torch.manual_seed(7)


def batches(n):
    out = []
    for _ in range(n):
        x = torch.rand(6, 8, 4)
        out.append((x, (x[:, :, 0].mean(1) > 0.5).long()))
    return out


if __name__ == "__main__":
    model = MeshGRU()
    state = fit(model, batches(4), batches(2), callbacks=[SaliencyLogger(), LossPrinter()])
    print("salient positions:", state["salient_pos"])
