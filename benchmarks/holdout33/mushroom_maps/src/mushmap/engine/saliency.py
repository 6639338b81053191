def stop_saliency(model, stops):
    """|d yield / d input| summed over features, per stop along the route."""
    stops = stops.clone().requires_grad_(True)
    model.zero_grad()
    model(stops).sum().backward()  # TM001-here
    return stops.grad.abs().sum(dim=(0, 2))
