# expect: clean
"""Pretrain on the main routes, then fit a head for the new winter route with the encoder frozen."""
import torch

from ferrytime import CrossingEncoder, RouteHead, fit_route_head, pretrain_encoder


def crossings(n, seed, route, bs=5, T=6):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        ports = torch.randint(0, 6, (bs, T), generator=g)
        weather = torch.randn(bs, T, 3, generator=g)
        r = torch.full((bs,), route)
        delay = 4 * weather[:, :, 0].abs().mean(1) + 2 * weather[:, -1, 2] + route
        out.append((ports, weather, r, delay))
    return out


if __name__ == "__main__":
    torch.manual_seed(8)
    enc, head = CrossingEncoder(), RouteHead()
    main_routes = crossings(3, 0, route=0) + crossings(3, 1, route=1)
    print("pretrain loss", round(pretrain_encoder(enc, head, main_routes), 4))
    winter_head = RouteHead()
    print("winter-route head loss", round(fit_route_head(enc, winter_head, crossings(3, 2, route=2)), 4))
    print("encoder back in train mode:", enc.training, "lstm:", enc.lstm.training)
