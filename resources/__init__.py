"""Sign-on's bundled data (fonts, templates, starter library, demo campaign,
translations, stylesheet), installed as the package ``signon.resources``.

The folder sits at the top of the repository but ships inside the package
(pyproject's ``package-dir`` maps it), so a wheel, an editable install and the
frozen app all find it through ``importlib.resources`` rather than a path
relative to the source tree.
"""
