import torch


def sample_station_task(k_support=4, k_query=4, hours=6):
    bias = torch.randn(())
    def draw(n):
        x = torch.randn(n, hours, 3)
        return x, x[:, -1, 0] * 0.8 + bias
    return draw(k_support), draw(k_query)
