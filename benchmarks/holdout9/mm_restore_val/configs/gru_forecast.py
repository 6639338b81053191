cfg = dict(
    model=dict(type="GRUForecaster", in_dim=3, hidden=10, horizon=2),
    hooks=[dict(type="EvalHook", interval=2, mode="best"), dict(type="TextLoggerHook")],
    data=dict(batch=5, window=8, in_dim=3, horizon=2),
    max_iters=6,
)
