def before_fit(model, x):
    print("batch", tuple(x.shape))
