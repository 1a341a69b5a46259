"""One module per CLI subcommand, each with `run(args) -> int`.

They are thin: parse the arguments, open the database, call a store or
exchange function (the same ones the GUI calls), print the result.
"""
