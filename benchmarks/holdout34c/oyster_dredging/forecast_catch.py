# expect: crash
import torch

from dredge import BedForecaster, fit_season, stabilise_recurrent

torch.manual_seed(41)


def season(beds, n=2, batch=4, tides=6):
    out = {}
    for bed in beds:
        out[bed] = []
        for _ in range(n):
            h = torch.randn(batch, tides, 3)
            out[bed].append((h, h[..., 2].mean(1) * 4 + 10))
    return out


if __name__ == "__main__":
    model = BedForecaster()
    model.train()
    stabilise_recurrent(model)
    fit_season(model, season(list(model.encoders.keys())))
